"""What insights keeps about a person, for their own export: their self-description only."""

from __future__ import annotations

from .models import GenderSelfDescription


def person_data(*, user) -> dict:
    description = GenderSelfDescription.objects.filter(user=user).first()
    return {
        "gender_self_description": description.gender if description else None,
        "gender_self_description_updated_at": (
            description.updated_at.isoformat() if description else None
        ),
    }
