"""Writes of the network, one module per area; views import the module they need."""
