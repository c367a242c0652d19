"""Stateless resumption tokens: the request and a position in it, signed so they cannot be forged."""

import dataclasses

from django.core import signing

from .arguments import OAIError

SALT = "oai.resumption-token"


@dataclasses.dataclass(frozen=True)
class Resume:
    verb: str
    args: dict
    #: The stream and the last key given out in it.
    stream: int
    after: int
    cursor: int
    total: int


def dump(resume):
    payload = {
        "v": resume.verb,
        "a": resume.args,
        "s": resume.stream,
        "k": resume.after,
        "c": resume.cursor,
        "n": resume.total,
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def load(token, verb):
    bad = OAIError("badResumptionToken", "The resumption token is invalid or belongs to another request.")
    try:
        payload = signing.loads(token, salt=SALT)
        resume = Resume(
            verb=payload["v"],
            args=dict(payload["a"]),
            stream=int(payload["s"]),
            after=int(payload["k"]),
            cursor=int(payload["c"]),
            total=int(payload["n"]),
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise bad from error
    if resume.verb != verb:
        raise bad
    return resume
