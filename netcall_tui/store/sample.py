"""Fill a store with a sample (the demo, tests, benchmarks) in one durable write."""

from __future__ import annotations

from ..core.demo.maker import DemoData
from .db import Store


def fill(store: Store, data: DemoData) -> None:
    with store.transaction():
        for caller in data.callers:
            store.callers.add(caller)
        for contact in data.contacts:
            store.contacts.add(contact)
        for call in data.calls:
            store.calls.add(call)
        for promise in data.promises:
            store.promises.add(promise)
        for referral in data.referrals:
            store.referrals.add(referral)
        for resume in data.resumes:
            store.resumes.add(resume)
