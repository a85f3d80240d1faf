package de.wesermarsch.wegweiser.ask;

import java.util.List;
import java.util.Map;

import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.search.Hit;
import de.wesermarsch.wegweiser.search.SearchResult;

/**
 * A search as people see it: help (offers, guide pages, pages and networks) in a list of its own, paged, and the
 * county's plans (measures of the Integrationskonzept) after it in a section of their own, never mixed in. The
 * search's help order puts every help entry before any plan, so help is the first {@code helpTotal} matches and
 * the plans the rest.
 *
 * @param result the search as asked (its page, facets over all matches, "did you mean")
 * @param help the help entries of the asked page
 * @param helpTotal all matching help entries: what the pages are counted over
 * @param plans the first plans, shown after the help on the first page; the plans of the asked page when no help
 * matches at all
 * @param planTotal all matching plans
 */
public record Sections(SearchResult result, List<Hit> help, long helpTotal, List<Hit> plans, long planTotal) {

	/** How many plans the first page shows after the help; the rest are one link away. */
	public static final int PLANS_SHOWN = 3;

	static long plans(SearchResult result) {
		return result.facets().getOrDefault("type", Map.of()).entrySet().stream()
			.filter(count -> EntryType.of(count.getKey()).map(EntryType::isPlan).orElse(false))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	static boolean isPlan(Hit hit) {
		return EntryType.of(hit.type()).map(EntryType::isPlan).orElse(false);
	}

}
