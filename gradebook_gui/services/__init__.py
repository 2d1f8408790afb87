"""The app's use cases, in plain Python: what the window and the `gradebook` command both do.

Each function takes its collaborators (store, client, connection) as arguments and may block
on the network or the disk: the window runs them on its background workers, the command line
calls them directly. Nothing here imports Qt.
"""
