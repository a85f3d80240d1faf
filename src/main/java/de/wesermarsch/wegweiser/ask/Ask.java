package de.wesermarsch.wegweiser.ask;

import java.util.List;

import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.answer.Answer;
import de.wesermarsch.wegweiser.answer.AnswerRequest;
import de.wesermarsch.wegweiser.answer.Answers;
import de.wesermarsch.wegweiser.search.Hit;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.search.SearchResult;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one front door of search: a request and the snapshot it runs on go in, a typed result comes out. The API,
 * the results page, the kiosk and the embedded frame all come through here, so every search is cached and counted
 * the same way and no caller handles the cache, the snapshot's version or the editors' count itself. Results are
 * records; the API serialises them, pages read them.
 * <p>
 * Inside: a {@link ResultCache} per snapshot version (24 MB), and {@link Unmet}, the anonymous count of searches
 * that found nothing, for editors.
 * <p>
 * <b>Where answers plug in.</b> An {@code answer.Answers} component (package {@code answer}, which depends on
 * {@code search} and never on this package) takes the snapshot, the question and the hits of this search and
 * returns the answer record. {@code Ask} gains {@code answer(Snapshot, AnswerRequest)}: it runs {@link #search}
 * (cached, so a results page and its answer share one search), hands the result to {@code Answers}, caches the
 * answer in a second {@link ResultCache} and counts an unanswered question in {@link Unmet}. The answer endpoint,
 * the Ask box and the kiosk then call only {@code Ask}.
 */
@Component
public final class Ask {

	/** The search cache's budget: small heaps stay calm. */
	static final long SEARCH_BYTES = 24L * 1024 * 1024;

	static final int SUGGESTIONS = 8;

	private final ResultCache<SearchRequest, SearchResult> searches;

	/** The answer cache's budget. */
	static final long ANSWER_BYTES = 8L * 1024 * 1024;

	private final ResultCache<AnswerRequest, Answer> answerCache;

	private final Answers answers;

	private final Unmet unmet;

	public Ask(MeterRegistry registry, Unmet unmet, Answers answers) {
		this.searches = new ResultCache<>("search", SEARCH_BYTES, Ask::weight, registry);
		this.answerCache = new ResultCache<>("answer", ANSWER_BYTES, Ask::weight, registry);
		this.answers = answers;
		this.unmet = unmet;
	}

	/**
	 * The answer to a question on this snapshot: from the entries its search finds (the cached search, so a page
	 * with both shares it), or from the one entry asked for. A question the content does not answer is counted for
	 * editors.
	 */
	public Answer answer(Snapshot snapshot, AnswerRequest request) {
		Answer answer = answerCache.get(snapshot.version(), request, r -> answers.answer(snapshot, r,
				r.entry() != null ? java.util.List.of() : search(snapshot, r.search()).hits()));
		unmet.asked(request.query(), request.lang(), answer.answerable());
		return answer;
	}

	/** The result of a search on this snapshot; one that finds nothing is counted for editors. */
	public SearchResult search(Snapshot snapshot, SearchRequest request) {
		SearchResult result = searches.get(snapshot.version(), request, snapshot.search()::search);
		unmet.searched(request.query(), request.lang(), result.total());
		return result;
	}

	/**
	 * The result of a search on this snapshot if it is cached (counted like {@link #search}), so a caller can answer
	 * it at once and hand only the others to {@link SearchWorkers}.
	 */
	public java.util.Optional<SearchResult> cachedSearch(Snapshot snapshot, SearchRequest request) {
		java.util.Optional<SearchResult> result = searches.cached(snapshot.version(), request);
		result.ifPresent(r -> unmet.searched(request.query(), request.lang(), r.total()));
		return result;
	}

	/**
	 * A search for people: the help of the asked page, and on the first page (or when nothing but plans matches)
	 * the county's plans in a section of their own. Both come from the same cached search order.
	 */
	public Sections sections(Snapshot snapshot, SearchRequest request) {
		SearchResult result = search(snapshot, request);
		long plans = Sections.plans(result);
		long help = result.total() - plans;
		List<Hit> helpHits = result.hits().stream().filter(hit -> !Sections.isPlan(hit)).toList();
		List<Hit> planHits = List.of();
		if (help == 0) {
			planHits = result.hits();
		}
		else if (plans > 0 && request.offset() == 0 && help <= SearchRequest.MAX_OFFSET) {
			planHits = search(snapshot, new SearchRequest(request.query(), request.lang(), request.easy(), request.types(),
					request.topics(), request.places(), Sections.PLANS_SHOWN, (int) help)).hits();
		}
		return new Sections(result, helpHits, help, planHits, plans);
	}

	/** Completions of what someone has typed so far, in the reader's language. */
	public Completions suggest(Snapshot snapshot, String typed, String lang) {
		return new Completions(snapshot.search().suggest(typed, lang, SUGGESTIONS));
	}

	/**
	 * About the bytes a result holds: its strings (two bytes a character, as Java holds them when any is beyond
	 * Latin-1), about 100 bytes of objects per hit and 40 per facet value.
	 */
	static int weight(Answer answer) {
		long chars = answer.query().length();
		for (Answer.EntryAnswer a : answer.answers()) {
			chars += a.id().length() + a.title().length() + a.url().length() + 200;
			chars += a.sentences().stream().mapToLong(s -> s.text().length() + 40).sum();
		}
		return (int) Math.min(Integer.MAX_VALUE, 400 + 2 * chars);
	}

	static int weight(SearchResult result) {
		long chars = result.query().length();
		for (Hit hit : result.hits()) {
			chars += hit.id().length() + hit.title().length() + hit.summary().length() + hit.url().length();
		}
		long facetValues = result.facets().values().stream().mapToLong(m -> m.size()).sum();
		return (int) Math.min(Integer.MAX_VALUE, 200 + 2 * chars + 100L * result.hits().size() + 40 * facetValues);
	}

}
