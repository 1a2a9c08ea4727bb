"""Pages of the network, one module per area."""
