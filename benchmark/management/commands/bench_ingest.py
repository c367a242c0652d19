"""Measure the ingest of one big photo: validation and every rendition, time and peak memory.

    DJANGO_DEBUG=1 python manage.py bench_ingest            # a 6000 × 4000 (24 MP) JPEG, 3 runs

Each run is a fresh Python process whose peak resident memory belongs to that
one ingest: ``VmHWM`` from /proc (Linux's ``ru_maxrss`` would carry over the
parent's peak across fork and exec), with its value before the ingest beside it.
tracemalloc sees only Python objects: Pillow's pixel buffers are C allocations,
which the resident peak does count.
"""

import io
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from PIL import ExifTags, Image


def make_jpeg(path, width, height):
    """A camera-like JPEG: noisy (so it compresses like a photograph), with GPS and orientation EXIF."""
    noise = Image.effect_noise((width, height), 48)
    gradient = Image.linear_gradient("L").resize((width, height))
    image = Image.merge("RGB", (noise, gradient, Image.eval(noise, lambda v: 255 - v)))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Bench"
    exif[ExifTags.Base.Orientation] = 6
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] = (43.0, 14.0, 19.5)
    image.save(path, "JPEG", quality=90, exif=exif.tobytes())


def _kib_to_mb(kib):
    return kib / 1024


def peak_rss_kib():
    """This process's peak resident memory in KiB (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class Command(BaseCommand):
    help = "Time and peak memory of ingesting a 24-megapixel JPEG (validation and all renditions)."

    def add_arguments(self, parser):
        parser.add_argument("--width", type=int, default=6000)
        parser.add_argument("--height", type=int, default=4000)
        parser.add_argument("--repeat", type=int, default=3)
        parser.add_argument("--child", help="(internal) ingest this file in this process and print JSON")

    def handle(self, *args, **options):
        if options["child"]:
            self.stdout.write(json.dumps(self.ingest(Path(options["child"]))))
            return
        with tempfile.TemporaryDirectory(prefix="madeni-bench-") as folder:
            path = Path(folder) / "bench.jpg"
            make_jpeg(path, options["width"], options["height"])
            runs = [self.run_child(path) for _ in range(options["repeat"])]
        seconds = [run["seconds"] for run in runs]
        peak = max(run["maxrss_kib"] for run in runs)
        baseline = max(run["baseline_kib"] for run in runs)
        tracemalloc_peak = max(run["tracemalloc_peak"] for run in runs)
        first = runs[0]
        self.stdout.write(
            f"Media ingest: {options['width']}×{options['height']} JPEG "
            f"({first['source_bytes'] / 1024 / 1024:.1f} MB), validation + {first['renditions']} renditions\n"
            f"  time: median {statistics.median(seconds):.2f} s over {len(runs)} runs "
            f"(min {min(seconds):.2f}, max {max(seconds):.2f})\n"
            f"  peak resident memory (VmHWM): {_kib_to_mb(peak):.0f} MB, of which {_kib_to_mb(baseline):.0f} MB "
            f"is the process before ingest (+{_kib_to_mb(peak - baseline):.0f} MB)\n"
            f"  tracemalloc peak (Python objects only): {tracemalloc_peak / 1024 / 1024:.1f} MB\n"
            f"  renditions: {first['sizes']}"
        )

    def run_child(self, path):
        command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "bench_ingest", "--child", str(path)]
        result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)  # noqa: S603
        return json.loads(result.stdout.strip().splitlines()[-1])

    def ingest(self, path):
        from django.core.files import File
        from django.core.files.storage import FileSystemStorage

        from archive.media import images, uploads

        baseline = peak_rss_kib()
        with tempfile.TemporaryDirectory(prefix="madeni-bench-out-") as folder:
            storage = FileSystemStorage(location=folder)
            tracemalloc.start()
            started = time.perf_counter()
            with path.open("rb") as fileobj:
                upload = File(fileobj, name="bench.jpg")
                uploads.validate_image(upload)
                rendered = images.make_renditions(upload, focal=(0.5, 0.4))
            for item in rendered:
                storage.save(f"{item.spec}.{item.format}", io.BytesIO(item.content))
            seconds = time.perf_counter() - started
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        return {
            "seconds": seconds,
            "baseline_kib": baseline,
            "maxrss_kib": peak_rss_kib(),
            "tracemalloc_peak": peak,
            "source_bytes": path.stat().st_size,
            "renditions": len(rendered),
            "sizes": sorted({f"{item.spec} {item.width}×{item.height}" for item in rendered}),
        }
