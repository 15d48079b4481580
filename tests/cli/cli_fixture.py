"""Shared fixture of the CLI tests: a temp directory, the seed page, files."""
import os
import tempfile
import unittest


class TempDirTest(unittest.TestCase):
    """setUp gives self.dir (deleted after the test) and self.seed."""

    source_dir = None  # set by the test script from its command line

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.seed = os.path.join(self.source_dir, "data", "samples",
                                 "000_6b82d043b0b62833.txt")

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        """Writes bytes or text to self.dir/name and returns the path."""
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return path
