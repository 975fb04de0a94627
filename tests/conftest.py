"""pytest puts this folder on sys.path for every test, so that tests in subfolders
(tests/fuzz/) import the shared helpers (`support`, `strategies`) as the others do."""
