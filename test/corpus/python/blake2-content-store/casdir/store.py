"""Content-addressed blob store for the build cache: blobs live at objects/ab/cdef... by BLAKE2b."""
import hashlib
import os
import shutil
import tempfile
from pathlib import Path


class BlobStore:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        (self.root / "objects").mkdir(parents=True, exist_ok=True)

    def _path(self, digest: str) -> Path:
        return self.root / "objects" / digest[:2] / digest[2:]

    def put_file(self, src: str | os.PathLike) -> str:
        h = hashlib.blake2b(digest_size=20)
        with open(src, "rb") as f, tempfile.NamedTemporaryFile(dir=self.root, delete=False) as tmp:
            for chunk in iter(lambda: f.read(1 << 16), b""):
                h.update(chunk)
                tmp.write(chunk)
        digest = h.hexdigest()
        dest = self._path(digest)
        if dest.exists():
            os.unlink(tmp.name)
        else:
            dest.parent.mkdir(exist_ok=True)
            os.replace(tmp.name, dest)
        return digest

    def get(self, digest: str, dest: str | os.PathLike) -> None:
        src = self._path(digest)
        if not src.exists():
            raise KeyError(f"{digest}: not in store {self.root}")
        shutil.copyfile(src, dest)

    def gc(self, keep: set[str]) -> int:
        removed = 0
        for p in (self.root / "objects").glob("*/*"):
            if p.parent.name + p.name not in keep:
                p.unlink()
                removed += 1
        return removed
