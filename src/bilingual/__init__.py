"""bilingual: align, check, draft and publish Chinese articles with their English translations."""

from bilingual.errors import BilingualError
from bilingual.model import Article, Bead, Catalog, Finding, Paragraph, Severity, State, Unit

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Bead",
    "BilingualError",
    "Catalog",
    "Finding",
    "Paragraph",
    "Severity",
    "State",
    "Unit",
    "__version__",
]
