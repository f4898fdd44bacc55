"""Review of round 13: a size-class bound (2亿元以上重大项目) found in a clause of digits only.

`metrics._CLASS_BOUND` opened with `[0-9.]+` and could start at every digit of a run, each
attempt reading to the run's end: a line of n digits cost n² steps (8,000 digits 0.53 s, 40,000
about 13 s).  It now starts only where a number starts — the same matches, since an attempt inside
a run could only succeed where the attempt at the run's start already did."""
import time

from kg.stages.metrics import _CLASS_BOUND


def test_a_run_of_digits_is_read_once():
    t0 = time.perf_counter()
    assert list(_CLASS_BOUND.finditer("1" * 40000)) == []
    assert time.perf_counter() - t0 < 2.0  # quadratic: about 13 s; linear: a few milliseconds


def test_size_classes_are_still_found():
    bounds = [m.group(0) for m in _CLASS_BOUND.finditer("全市2亿元以上重大项目13个，5000万元以上项目20个。")]
    assert bounds == ["2亿元以上", "5000万元以上"]
