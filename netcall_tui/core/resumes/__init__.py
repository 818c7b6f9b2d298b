"""The résumé-on-file register: its rows, the words already used for what a résumé is
for, and what reviewing, passing on and removing one do to it."""
