"""What the network holds about people and councils, and what an erasure does to it.

Read by ``tests/test_personal_data.py``; the vocabulary is explained in
``progress/personal_data.py``. An experience is the council's collective record:
erasing a person empties who wrote, shared or answered it ("anonymised"); erasing the
council takes its experiences, with their versions and questions, everywhere at once.
"""

REGISTRY = {
    "Experience": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "A council's systematised experience; who wrote it and who recorded the "
        "agreement to share it are emptied.",
    },
    "TimelineEntry": {
        "holds": "council",
        "person": None,
        "council": "cascade",
        "why": "A moment of a council's experience; it cites the council's own sessions.",
    },
    "Lesson": {
        "holds": "council",
        "person": None,
        "council": "cascade",
        "why": "A lesson of a council's experience.",
    },
    "ExperienceVersion": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "The experience's history; who saved each version is emptied. Snapshots "
        "hold the council's text and ids, never a person's name.",
    },
    "Question": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "A question between two councils: it goes with either council; who asked "
        "and who answered are emptied when that person is erased.",
    },
    # Encuentros (network/models/gatherings.py).
    "Gathering": {
        "holds": "council",
        "person": "anonymised",
        "council": "anonymised",
        "why": "An encuentro of the network; who convened it is emptied, and a host council "
        "that is erased leaves it without a host.",
    },
    "AgendaEntry": {
        "holds": "council",
        "person": None,
        "council": "cascade",
        "why": "A shared experience on an encuentro's agenda; it goes with the experience.",
    },
    "Registration": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "A council's registration for an encuentro (how many people and children) and "
        "its commitments there; who registered it is emptied.",
    },
}
