"""The Qt Widgets interface: presents the core, never holds SQL."""
