"""Load fogwatch's resources once and run the stages over articles.

``Pipeline`` holds everything that is loaded from disk (the spaCy model, the gazetteer, the actor
catalogue, the event-type model) and passes it explicitly to stages that are pure functions. One
article's failure becomes an error record in its result; it never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .actors import find_actors
from .catalogue import ActorCatalogue
from .claims import find_claims, link_claims
from .clean import BYLINE, DATELINE, HEADLINE, TEASER, clean
from .config import Config
from .contradictions import find_contradictions
from .dates import find_dates
from .errors import FogwatchError
from .event_types import EventTypeModel
from .events import Mentions, build_events
from .gazetteer import Gazetteer
from .inputs import NOT_ENGLISH, check_article, parse_published
from .language import detect_language
from .nlp import NLP, Analysis, load_nlp
from .places import main_country, resolve_places, scan_places
from .quantities import Casualty, find_casualties
from .records import Article, ArticleInfo, ArticleResult, Claim, Problem
from .triggers import find_triggers

log = logging.getLogger(__name__)


_STORY_SKIP = (HEADLINE, TEASER, BYLINE, DATELINE)
_MENTION_SKIP = (TEASER, BYLINE, DATELINE)


@dataclass(frozen=True)
class Pipeline:
    nlp: NLP
    gazetteer: Gazetteer
    catalogue: ActorCatalogue
    type_model: EventTypeModel
    config: Config

    @classmethod
    def load(cls) -> Pipeline:
        """The default pipeline, loaded once per process."""
        return _default_pipeline()

    @classmethod
    def create(
        cls,
        *,
        gazetteer: Gazetteer | None = None,
        catalogue: ActorCatalogue | None = None,
        type_model: EventTypeModel | None = None,
        config: Config | None = None,
    ) -> Pipeline:
        catalogue = catalogue or ActorCatalogue.load()
        return cls(
            config=config or Config.load(),
            nlp=load_nlp(entity_patterns=catalogue.entity_patterns()),
            gazetteer=gazetteer or Gazetteer.load(),
            catalogue=catalogue,
            type_model=type_model or EventTypeModel.load(),
        )

    # ------------------------------------------------------------------ public entry points

    def extract(
        self,
        text: str,
        *,
        published: dt.date | str | None = None,
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        id: str = "article",
    ) -> ArticleResult:
        article = Article(
            id=id, text=text, title=title, published=parse_published(published), outlet=outlet, url=url
        )
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ArticleResult]:
        """Results in input order; spaCy sees the English articles in batches for speed."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    # ------------------------------------------------------------------ internals

    def _run_batch(self, articles: list[Article]) -> Iterator[ArticleResult]:
        ready: list[tuple[Article, list[Problem]]] = []
        early: dict[int, ArticleResult] = {}
        for index, article in enumerate(articles):
            problem = check_article(article)
            if problem is not None:
                early[index] = _failed(article, problem)
                continue
            warnings: list[Problem] = []
            limit = self.config.max_article_chars
            if len(article.text) > limit:
                warnings.append(
                    Problem(
                        "truncated",
                        f"article is {len(article.text):,} characters; only the first "
                        f"{limit:,} were analysed",
                    )
                )
            ready.append((article, warnings))
        texts = (a.text[: self.config.max_article_chars] for a, _ in ready)
        analyses = self.nlp.analyse_many(texts)
        done: dict[int, ArticleResult] = {}
        ready_iter = iter(ready)
        for index in range(len(articles)):
            if index in early:
                yield early[index]
                continue
            article, warnings = next(ready_iter)
            try:
                analysis = next(analyses)
                done[index] = self._stages(article, analysis, tuple(warnings))
            except FogwatchError as exc:
                done[index] = _failed(article, Problem(exc.code, str(exc)))
            except Exception as exc:  # one bad article must not empty the batch
                log.exception("article %s failed", article.id)
                done[index] = _failed(
                    article,
                    Problem("internal", f"internal error while extracting ({type(exc).__name__}: {exc}); "
                            "please report it with the article"),
                )
            yield done.pop(index)

    def _stages(self, article: Article, analysis: Analysis, warnings: tuple[Problem, ...]) -> ArticleResult:
        cleaned = clean(analysis.text)
        story_skip = cleaned.skip(_STORY_SKIP)
        mention_skip = cleaned.skip(_MENTION_SKIP)
        published = article.published
        if published is None:
            warnings += (
                Problem(
                    "no_published_date",
                    "no publication date given: relative dates ('on Monday') are left unresolved; "
                    "pass --published YYYY-MM-DD",
                ),
            )
        country = self.gazetteer.acled_country(article.country) if article.country else None
        # the text is scanned for place names once; reading them again under the voted country is cheap
        scan = scan_places(analysis, self.gazetteer, skip=mention_skip)
        places = resolve_places(scan, self.gazetteer, country_hint=country)
        actors = find_actors(analysis, self.catalogue, country=country, on=published, skip=mention_skip)
        if country is None:
            # one vote per country named through its actors: a foreign force mentioned five times
            # ("Russian drones ...") must not outvote the places where the events happened
            hints = list(dict.fromkeys(a.country for a in actors if a.country and a.kind == "named"))
            hints += scan.hints  # "Ukrainian", "Afghan"
            country = main_country(places, hints, text=analysis.text)
        if country is not None and article.country is None:
            places = resolve_places(scan, self.gazetteer, country_hint=country)
            actors = find_actors(analysis, self.catalogue, country=country, on=published, skip=mention_skip)
        mentions = Mentions(
            triggers=find_triggers(analysis, skip=story_skip),
            actors=actors,
            places=places,
            dates=find_dates(analysis, published, skip=mention_skip),
            casualties=find_casualties(analysis, skip=story_skip),
        )
        claims = find_claims(
            analysis, actors=actors, skip=story_skip, resolve_party=self._party_resolver(country, published)
        )
        events = build_events(
            analysis,
            mentions,
            published=published,
            country=country,
            catalogue=self.catalogue,
            type_model=self.type_model,
            is_partisan=_partisan_test(claims),
            config=self.config,
        )
        spans = [(e.id, ev.start, ev.end) for e in events for ev in e.evidence]
        claims = link_claims(claims, spans)
        return ArticleResult(
            article=_info(article),
            events=events,
            claims=claims,
            contradictions=find_contradictions(claims),
            language="en",
            warnings=warnings,
        )

    def _party_resolver(self, country: str | None, on: dt.date | None):  # type: ignore[no-untyped-def]
        def resolve(surface: str) -> str | None:
            actor = self.catalogue.resolve(surface, country=country, on=on)
            return actor.name if actor else None

        return resolve


def _partisan_test(claims: tuple[Claim, ...]):  # type: ignore[no-untyped-def]
    """A casualty figure is partisan when a party to the conflict claims it."""
    partisan_spans = [(c.content.start, c.content.end) for c in claims if c.party]

    def is_partisan(casualty: Casualty) -> bool:
        return any(start <= casualty.start and casualty.end <= end for start, end in partisan_spans)

    return is_partisan


def _info(article: Article) -> ArticleInfo:
    return ArticleInfo(
        id=article.id, title=article.title, published=article.published, outlet=article.outlet, url=article.url
    )


def _failed(article: Article, problem: Problem) -> ArticleResult:
    language = "en"
    if problem.code == NOT_ENGLISH:
        language = detect_language(article.text).code
    return ArticleResult(article=_info(article), language=language, error=problem)


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline.create()


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    id: str = "article",
) -> ArticleResult:
    """Extract events, claims and contradictions from one article with the default pipeline."""
    return Pipeline.load().extract(text, published=published, title=title, outlet=outlet, url=url, id=id)


def extract_many(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Stream results for many articles, in input order, with the default pipeline."""
    return Pipeline.load().extract_many(articles)
