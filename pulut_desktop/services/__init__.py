"""The laptop's use cases: the ONE path the GUI, the CLI, the self-test and bulk import call.

One module per area; each function is verb-named, takes the store and plain arguments (plus
``progress(done, total)`` / ``should_cancel()`` where the work is long) and imports no Qt.
``tests/services/test_reach.py`` checks that every public function here is reached from a GUI test and,
where a CLI command exists for it, from a CLI test.
"""
