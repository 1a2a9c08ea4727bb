import pytest
from django.utils import timezone
from progress import services
from progress.models import Vouch
from . import test_summaries_property as prop

def test_mutant(world, committed, monkeypatch):
    def withdraw(*, vouch, by):
        vouch.status = Vouch.Status.WITHDRAWN
        vouch.decided_at = timezone.now()
        vouch.save()
        return vouch
    monkeypatch.setattr(services, "vouch_withdraw", withdraw)
    prop.test_summaries_always_equal_a_recomputation_from_events(world, committed)
