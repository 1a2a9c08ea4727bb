"""The network coordinators' space: plan templates without a council, and withdrawing them.

Templates are ``councils.FormationPlan`` rows without a council; they are written
through councils' own plan services (the same rules, versions and revision checks a
council's plan has). Withdrawing hides a template from copying and keeps every copy.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from councils import rules as council_rules
from councils.models import FormationPlan
from councils.services.plans import plan_create


def _require_network(by) -> None:
    if not (by.is_authenticated and by.has_perm(council_rules.NETWORK_PERMISSION)):
        raise PermissionDenied


def _require_template(plan: FormationPlan) -> None:
    if plan.council_id is not None or not plan.is_network_template:
        raise PermissionDenied


def template_create(
    *,
    by,
    title: str,
    period_start: int,
    period_end: int,
    local_problems: str,
    goals: str,
) -> FormationPlan:
    """A new network template, written by a network coordinator who needs no council."""
    _require_network(by)
    if not (title or "").strip():
        raise ValidationError(_("Give the template a title."))
    return plan_create(
        council=None,
        by=by,
        title=title,
        period_start=period_start,
        period_end=period_end,
        local_problems=local_problems,
        goals=goals,
    )


@transaction.atomic
def template_withdraw(*, plan: FormationPlan, by) -> FormationPlan:
    """No council can copy it any more; plans already copied from it stay as they are."""
    _require_network(by)
    _require_template(plan)
    if plan.withdrawn_at is not None:
        raise ValidationError(_("This template is already withdrawn."))
    plan.withdrawn_at = timezone.now()
    plan.save(update_fields=["withdrawn_at", "updated_at"])
    return plan


@transaction.atomic
def template_restore(*, plan: FormationPlan, by) -> FormationPlan:
    """Offer a withdrawn template to councils again."""
    _require_network(by)
    _require_template(plan)
    if plan.withdrawn_at is None:
        raise ValidationError(_("This template is offered to councils already."))
    plan.withdrawn_at = None
    plan.save(update_fields=["withdrawn_at", "updated_at"])
    return plan
