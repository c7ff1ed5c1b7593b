"""Widgets of the Versus app: article panes, the facts sidebar, the status line, the help screen."""
