"""Signals councils send for newer apps, which councils must not import.

``council_erased`` is sent inside the erasing transaction, before the rows go, with
``council_id`` and ``member_ids``: progress recomputes those people's totals.
"""

from django.dispatch import Signal

council_erased = Signal()
