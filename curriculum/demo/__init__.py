"""Starter content of Trayecto, written by the network's team, in Spanish and English.

The texts live in ``data/*.toml`` (see README.md in this folder) so that translators and
facilitators can edit them without touching Python; ``loader`` reads and checks them, and
the ``load_demo`` management command turns them into Wagtail pages.
"""
