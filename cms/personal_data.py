"""What the accounts hold about people, and what an erasure does to it.

Read by ``tests/test_personal_data.py``; the vocabulary is explained in
``progress/personal_data.py``. Deleting an account (``cms.services.account_erase``)
erases the formation record through ``progress`` first, then the user row, which
takes every "cascade" row of every app with it. Wagtail's own tables (page owner,
revisions, admin log) are outside the project's apps: they name only editors of the
library, and Wagtail empties or keeps them as it documents.
"""

REGISTRY = {
    "User": {
        "holds": "personal",
        "person": "cascade",
        "council": None,
        "why": "The account itself: login name, display name, optional email.",
    },
    "RecoveryCode": {
        "holds": "personal",
        "person": "cascade",
        "council": None,
        "why": "Hashes of the person's one-time codes.",
    },
}
