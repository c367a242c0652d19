"""Progress bars for long commands: counts, rate and an estimate of the time left (tqdm)."""

from tqdm import tqdm


def progress_for(command, verbosity=1):
    """A ``progress(total, unit)`` factory that draws on the command's standard error."""

    def progress(total, unit):
        return tqdm(total=total, unit=f" {unit}", file=command.stderr._out, disable=verbosity < 1, mininterval=0.5)

    return progress
