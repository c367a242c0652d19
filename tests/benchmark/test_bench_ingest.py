"""The ingest benchmark command generates its JPEG, ingests it in a child process and reports."""

import io
import re

from django.core.management import call_command


def test_bench_ingest_reports_time_and_peak_memory_of_a_generated_jpeg():
    out = io.StringIO()

    call_command("bench_ingest", width=640, height=480, repeat=1, stdout=out)

    report = out.getvalue()
    assert report.startswith("Media ingest: 640×480 JPEG (")
    assert "validation + 6 renditions" in report
    assert re.search(r"time: median \d+\.\d\d s over 1 runs", report)
    assert re.search(r"peak resident memory \(VmHWM\): \d+ MB, of which \d+ MB is the process before ingest", report)
    # Orientation 6 in the generated EXIF: the 640 × 480 JPEG comes out portrait, never scaled up.
    assert "['large 480×640', 'medium 480×640', 'thumb 320×320']" in report
