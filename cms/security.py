"""Small security helpers referenced from settings."""


def no_client_ip(request) -> str:
    """Axes counts failed logins per login name only: no visitor's IP address is stored."""
    return "0.0.0.0"
