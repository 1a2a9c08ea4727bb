"""What the library holds about people and councils: nothing of its own.

Read by ``tests/test_personal_data.py``; the vocabulary is explained in
``progress/personal_data.py``. Library pages are the network's; the only links to
people are Wagtail's page ``owner`` and ``locked_by`` (editors of the library, on
Wagtail's own table), which Wagtail empties when the editor's account goes. A model
added here with a link to a person or to a council must be declared below.
"""

REGISTRY: dict[str, dict] = {}
