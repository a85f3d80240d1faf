package de.wesermarsch.wegweiser.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.wesermarsch.wegweiser.i18n.Language;
import de.wesermarsch.wegweiser.i18n.Messages;
import de.wesermarsch.wegweiser.i18n.Thesaurus;

/**
 * All content and language data of one load, validated and immutable. {@code version} is a hash of every file
 * it was read from, so equal files give equal versions on every machine. {@code compoundWords} holds, per
 * language, the parts of compound words used to split them; {@code stopWords} the words that carry no topic in a
 * question (question and function words), which the search leaves out of queries; {@code messages} the UI texts of the pages;
 * {@code site} what the content says about its site (name, region, contact of last resort, languages).
 */
public record Content(String version, Site site, List<Language> languages, Map<String, Source> sources,
		Map<String, Term> topics, Map<String, Term> places, Map<String, Term> audiences,
		Map<String, Entry> entries, Thesaurus thesaurus, Map<String, List<String>> compoundWords,
		Map<String, List<String>> stopWords, Messages messages) {

	public Content {
		languages = List.copyOf(languages);
		sources = Map.copyOf(sources);
		topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
		places = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(places));
		audiences = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(audiences));
		compoundWords = Map.copyOf(compoundWords);
		stopWords = Map.copyOf(stopWords);
		entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
	}

	public Optional<Entry> entry(String id) {
		return Optional.ofNullable(entries.get(id));
	}

	/** The entry whose contact the pages offer when nothing else fits, if the site names one. */
	public Optional<Entry> askEntry() {
		return site.askEntry() == null ? Optional.empty() : entry(site.askEntry());
	}

	public Optional<Language> language(String code) {
		return languages.stream().filter(l -> l.code().equals(code)).findFirst();
	}

	/** The parts of compound words of a language ({@code i18n/<code>-compound-parts.txt}), for splitting. */
	public List<String> compoundParts(String lang) {
		return compoundWords.getOrDefault(lang, List.of());
	}

	/** The words of a language that carry no topic in a question ({@code i18n/<code>-stop-words.txt}). */
	public List<String> stopWords(String lang) {
		return stopWords.getOrDefault(lang, List.of());
	}

	public List<String> languageCodes() {
		return languages.stream().map(Language::code).toList();
	}

}
