"""The invented material the sample data is drawn from: names, companies, roles, sectors,
the contacts in your network, and the sentences call notes are made of.

Plain tables, kept apart from the code that draws on them (`maker`, `records` and
`bulk`). All people
and companies are invented.
"""

from __future__ import annotations

from ..domain.vocabulary import Ask, Tier


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split(","))


FIRST_NAMES = _names(
    "Amara,Tomás,Mei,Priya,Kwame,Sofia,Olumide,Hannah,Rafael,Yuki,Fatima,Liam,Aigerim,Mateo,"
    "Chen,Noor,Siobhán,Dmitri,Ana,Jamal,Ingrid,Arjun,Zanele,Lucas,Hye-jin,Omar,Camila,Tariq,"
    "Elena,Kofi,Marta,Ravi,Leilani,Bogdan,Aisha,Pedro,Freya,Nikhil,Thandiwe,Jonas"
)
LAST_NAMES = _names(
    "Okafor,Nguyen,Hernández,Kowalski,Haddad,Lindqvist,Mensah,Tanaka,Patel,O'Brien,Rossi,"
    "Adeyemi,Novak,Kim,Da Silva,Fischer,Murphy,Abdi,Chowdhury,Moreau,Jensen,Castillo,Nakamura,"
    "Mwangi,Petrov,Ibrahim,Walsh,Sato,García,Dubois,Osei,Kaur,Ferreira,Björk,Yilmaz,MacLeod,"
    "Zhou,Banerjee,Achterberg,Quispe"
)
COMPANIES = _names(
    "Larkspur Analytics,Tidewater Health,Copperline Logistics,Brightwell Schools,"
    "Quillon Software,Meridian Foods,Halcyon Energy,Oakridge Credit Union,Fernhill Studios,"
    "Kestrel Robotics,Saltmarsh Media,Granite Peak Insurance"
)
SECTORS = _names("software,healthcare,logistics,education,finance,energy,media,retail,nonprofit")
ROLES = _names(
    "product manager,data analyst,UX designer,software engineer,operations lead,nurse manager,"
    "account executive,learning designer,marketing coordinator,project manager,HR generalist,"
    "finance analyst,site reliability engineer,customer success manager"
)
CONTACTS = (
    ("Margaret Oyelaran", Tier.TREASURED, "VP Engineering at Quillon Software; hires yearly."),
    ("Henrik Aalto", Tier.TREASURED, "Founder of Kestrel Robotics; mentor since my first job."),
    ("Rosa Villanueva", Tier.TRUSTED, "Head of Product at Larkspur Analytics."),
    ("Sanjay Mehra", Tier.TRUSTED, "Talent partner at Tidewater Health."),
    ("Colette Fournier", Tier.TRUSTED, "Runs the data team at Meridian Foods."),
    ("Ben Carrow", Tier.ACQUAINTANCE, "Recruiter at Copperline Logistics; met at a conference."),
    ("Grace Achebe", Tier.ACQUAINTANCE, "Design lead at Fernhill Studios."),
    ("Tom Lindgren", Tier.ACQUAINTANCE, "Ops director at Halcyon Energy; former neighbour."),
)
# Where each contact works and the tags you keep on them (the sectors they hire in).
CONTACT_WORK = {
    "Margaret Oyelaran": ("Quillon Software", "VP Engineering", ("software", "engineering")),
    "Henrik Aalto": ("Kestrel Robotics", "Founder", ("robotics", "startups")),
    "Rosa Villanueva": ("Larkspur Analytics", "Head of Product", ("product", "data")),
    "Sanjay Mehra": ("Tidewater Health", "Talent partner", ("healthcare", "hiring")),
    "Colette Fournier": ("Meridian Foods", "Head of Data", ("data", "retail")),
    "Ben Carrow": ("Copperline Logistics", "Recruiter", ("logistics", "hiring")),
    "Grace Achebe": ("Fernhill Studios", "Design lead", ("design", "media")),
    "Tom Lindgren": ("Halcyon Energy", "Ops director", ("energy", "operations")),
}
TITLES = _names(
    "Recruiter,Talent partner,Engineering manager,Head of Product,Director of Operations,"
    "VP Engineering,Founder,Design lead,Data lead,HR business partner,CTO,Programme manager"
)
BACKGROUNDS = (
    "{years} years as {a_role} in {sector}, now looking at {company}.",
    "Moving from {sector} into {a_role} role; has been searching for {months} months.",
    "Laid off from {a_role} job in the spring; wants to stay in {sector}.",
    "Finishing a retraining course and aiming for a first {role} position.",
    "Back after a career break; was {a_role} for {years} years.",
    "Currently {a_role}, quietly exploring a move to {company}.",
)
STORIES = (
    "Told the story crisply and was clear about the next step.",
    "Story wandered for a while; needed a nudge at the limit.",
    "Very articulate, with good examples of what they shipped.",
    "Not yet sure what they want; we talked it through.",
    "Strong track record, undersells it.",
    "Brought a one-page summary, which helped.",
)
ASK_NOTES = {
    Ask.INTRODUCTION: "Asked for an introduction to someone at {company}.",
    Ask.ADVICE: "Wanted advice on where to look beyond the job boards.",
    Ask.RESUME: "Asked me to look over the résumé; it lists duties, not results.",
    Ask.INDUSTRY: "Curious how hiring in {sector} has changed this year.",
    Ask.OTHER: "Also asked about going freelance for a while.",
}
NEXT_STEPS = (
    "Suggested three target companies and a smaller list of people to ask.",
    "Recommended rewriting the summary around one clear goal.",
    "Pointed them at the local meetup scene.",
    "Agreed they will send a short note I can forward.",
    "Encouraged them to practise the two-minute version of the story.",
)

SINGLE_ASKS = (
    frozenset({Ask.ADVICE}),
    frozenset({Ask.INTRODUCTION}),
    frozenset({Ask.INTRODUCTION, Ask.ADVICE}),
    frozenset({Ask.RESUME}),
    frozenset({Ask.ADVICE, Ask.RESUME}),
    frozenset({Ask.INDUSTRY}),
    frozenset({Ask.INDUSTRY, Ask.ADVICE}),
    frozenset({Ask.OTHER, Ask.ADVICE}),
)
