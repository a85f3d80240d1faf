package de.wesermarsch.wegweiser.snapshot;

import java.time.Instant;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.i18n.LanguageNegotiator;
import de.wesermarsch.wegweiser.search.SearchIndex;
import de.wesermarsch.wegweiser.search.SearchService;

/**
 * Everything one version of the content serves: the validated content, its index and search, and language
 * negotiation over its languages. Immutable; a request uses one snapshot from start to end.
 */
public record Snapshot(Content content, SearchService search, LanguageNegotiator languages, Instant builtAt) {

	public static Snapshot of(Content content) {
		return new Snapshot(content, new SearchService(new SearchIndex(content)),
				new LanguageNegotiator(content.languages()), Instant.now());
	}

	public String version() {
		return content.version();
	}

}
