"""What the referral question asked, beyond the outcome itself: who the contact is (one
of yours, or a new name to keep), whether it is an important favour, and the blurb to
forward. Logging the call opens the referral with it (`services.calls`)."""

from __future__ import annotations

from dataclasses import dataclass

ASK_AGAIN_DAYS = 7  # the default of the config's [referrals] ask_again_days


@dataclass(frozen=True, slots=True)
class ReferralAsk:
    contact_id: str = ""  # one of your contacts; "" when `new_contact` names someone new
    new_contact: str = ""  # a name typed that is no contact yet: kept as one (acquaintance)
    important: bool | None = None  # "is this an important favour?"; None: not asked
    blurb: str = ""
    ask_again_days: int = ASK_AGAIN_DAYS
