"""Views of insights: the dashboards (council and network) and the self-description page."""
