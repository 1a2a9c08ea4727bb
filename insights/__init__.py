"""Insights: what the councils and the network learn from their own numbers, in aggregate.

The name says what the app gives (dashboards, the responsibility gap) rather than where
its data comes from: it only *reads* councils and progress, keeps its own summary tables
rebuilt from their events, and nothing depends on it (it is the newest layer). The one
thing it stores that nobody else does is a person's optional, private gender
self-description, which feeds only aggregates of at least five people.
"""
