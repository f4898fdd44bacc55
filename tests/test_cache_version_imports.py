"""`extractor_version` in the build process of a worker build: the digest of the extractor's
files without importing every stage (the workers import them; the build process only hashes)."""
import subprocess
import sys


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_version_without_importing_the_stages_equals_the_version_after_importing():
    cold = _run("import sys\n"
                "from kg.cache import extractor_version\n"
                "v = extractor_version()\n"
                "print(v, sorted(m for m in sys.modules if m.startswith('kg.stages.')))")
    version, imported = cold.split(" ", 1)
    assert imported == "[]"
    warm = _run("from kg.builder import _pipeline\n"
                "_pipeline(None)\n"
                "from kg.cache import extractor_version\n"
                "print(extractor_version())")
    assert version == warm


def test_a_component_outside_the_stages_is_still_hashed_by_its_source(tmp_path):
    plugin = tmp_path / "myplugin.py"
    plugin.write_text("from kg.pipeline import component\n"
                      "@component('shout', reads=('doc.text',), writes=())\n"
                      "def shout():\n"
                      "    return lambda doc: doc\n", encoding="utf-8")
    code = ("import sys; sys.path.insert(0, %r)\n"
            "import myplugin\n"
            "from kg.cache import extractor_version\n"
            "print(extractor_version(['layout', 'shout']))") % str(tmp_path)
    before = _run(code)
    plugin.write_text(plugin.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert _run(code) != before
