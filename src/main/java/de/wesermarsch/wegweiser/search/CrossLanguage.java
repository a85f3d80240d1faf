package de.wesermarsch.wegweiser.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * The words of a question translated, for texts that lack the reader's language: a question in Arabic meets an
 * entry written only in German or English through a bilingual dictionary ({@link Lexicon}, optional data). For
 * each content language with a dictionary into English or German, each headword is keyed by that language's chain
 * (so "بالطبيب" finds "طبيب"), and its first translations are analysed by the chains of English and German, the
 * languages most entries are written in; into German directly where a dictionary exists, else through English.
 * Without dictionaries there is nothing to translate and {@link #isEmpty()} holds.
 */
public final class CrossLanguage {

	/** The languages translated into: the content's original and its most common translation. */
	static final List<String> TARGETS = List.of("de", "en");

	/** The most tokens a word is translated into per target: a stem that several headwords share keeps the first. */
	static final int MAX_TOKENS = 6;

	/** Source language -> its token -> target language -> target tokens (analysed by the target's chain). */
	private final Map<String, Map<String, Map<String, List<String>>>> bySource = new HashMap<>();

	/** Built once per set of languages and word lists: the headwords' analysis takes about half a second. */
	private static final Map<String, CrossLanguage> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

	/** The translations for a content's languages, from the installed dictionaries. */
	public static CrossLanguage of(de.wesermarsch.wegweiser.content.Content content, Analyzers chains) {
		return of(content, chains, Lexicon.installed());
	}

	static CrossLanguage of(de.wesermarsch.wegweiser.content.Content content, Analyzers chains, Lexicon lexicon) {
		StringBuilder key = new StringBuilder();
		content.languages().forEach(l -> key.append(l.code()).append(':').append(l.analysis()).append(':')
			.append(content.compoundParts(l.code()).hashCode()).append(' '));
		return BUILT.computeIfAbsent(key.toString(), k -> new CrossLanguage(chains, lexicon));
	}

	CrossLanguage(Analyzers chains, Lexicon lexicon) {
		for (String source : chains.codes()) {
			if (TARGETS.contains(source)) {
				continue;
			}
			String from = Lexicon.iso3(source);
			if (!lexicon.has(from, "eng") && !lexicon.has(from, "deu")) {
				continue;
			}
			Analyzer chain = chains.byLanguage().get(source);
			Map<String, Map<String, List<String>>> words = new HashMap<>();
			Map<String, List<String>> english = lexicon.pair(from, "eng", null);
			Map<String, List<String>> german = lexicon.pair(from, "deu", null);
			Set<String> wantedEnglish = new java.util.HashSet<>();
			english.values().forEach(wantedEnglish::addAll);
			Map<String, List<String>> englishGerman = german.isEmpty() && chains.byLanguage().containsKey("de")
					? lexicon.pair("eng", "deu", wantedEnglish::contains) : Map.of();
			add(words, chain, english, "en", chains);
			add(words, chain, german, "de", chains);
			if (!englishGerman.isEmpty()) {
				Map<String, List<String>> chained = new HashMap<>();
				english.forEach((word, senses) -> chained.put(word, senses.stream()
					.flatMap(e -> englishGerman.getOrDefault(e, List.of()).stream().limit(1)).distinct().limit(Lexicon.SENSES)
					.toList()));
				add(words, chain, chained, "de", chains);
			}
			if (!words.isEmpty()) {
				bySource.put(source, words);
			}
		}
	}

	private static void add(Map<String, Map<String, List<String>>> words, Analyzer chain, Map<String, List<String>> senses,
			String target, Analyzers chains) {
		Analyzer targetChain = chains.byLanguage().get(target);
		if (targetChain == null) {
			return;
		}
		// shorter headwords first: of the headwords a stem stands for, the one nearest the stem says what it means
		senses.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).thenComparing(w -> w)).forEach(headword -> {
			List<String> translations = senses.get(headword);
			List<String> key = Tokens.primary(chain, headword);
			if (key.size() != 1 || translations.isEmpty()) {
				return;
			}
			Set<String> tokens = new LinkedHashSet<>(words.computeIfAbsent(key.get(0), k -> new HashMap<>())
				.getOrDefault(target, List.of()));
			translations.forEach(t -> tokens.addAll(Tokens.primary(targetChain, t)));
			words.get(key.get(0)).put(target, new ArrayList<>(tokens).subList(0, Math.min(MAX_TOKENS, tokens.size())));
		});
	}

	boolean isEmpty() {
		return bySource.isEmpty();
	}

	/** The languages whose words are translated. */
	public Set<String> sources() {
		return bySource.keySet();
	}

	/** A source language's token translated: target language -> its tokens; empty when the word is unknown. */
	public Map<String, List<String>> translate(String source, String token) {
		return bySource.getOrDefault(source, Map.of()).getOrDefault(token, Map.of());
	}

}
