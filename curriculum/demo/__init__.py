"""Starter content of Trayecto, written by the network's team, in Spanish and English.

Plain data only: every text is a ``{"es": ..., "en": ...}`` pair (a bare value
is the same in both languages), and the ``load_demo`` management command turns
it into Wagtail pages. Materials and themes are referred to by their ``key``.
"""

from .paths import STUDY_PATHS
from .practices import PRACTICES
from .readings import READINGS
from .site import HOME, LIBRARY_INDEX, STUDY_PATH_INDEX
from .themes import THEMES
from .workshops import WORKSHOPS

__all__ = [
    "HOME",
    "LIBRARY_INDEX",
    "PRACTICES",
    "READINGS",
    "STUDY_PATHS",
    "STUDY_PATH_INDEX",
    "THEMES",
    "WORKSHOPS",
]
