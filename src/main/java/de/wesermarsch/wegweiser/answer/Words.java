package de.wesermarsch.wegweiser.answer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Text;
import de.wesermarsch.wegweiser.search.Analyzers;
import de.wesermarsch.wegweiser.search.ConceptMatcher;
import de.wesermarsch.wegweiser.search.CrossLanguage;
import de.wesermarsch.wegweiser.search.analysis.Analysis;
import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * The words of questions and sentences as the search reads them: the search's own chains ({@link Analyzers}: each
 * language's stems and compound parts, and the neutral folded chain). A sentence's terms are its stems in its own
 * language (prefixed with nothing) and its folded words (prefixed with {@code ~}), so a question meets a sentence
 * by stem within a language and by name, number or spelling across languages; a question in another language than
 * the page's meets it through the search's dictionaries ({@link CrossLanguage}) where they are installed. Both also
 * carry the thesaurus concepts the search finds in them (prefixed with {@code #}): "Deutschkurs" meets a sentence
 * about the "Integrationskurs", "كورس لغة" a German one about a "Sprachkurs". How much
 * a term says is its inverse document frequency over every text of the content: "Mittelschule" says more than "Sie".
 */
final class Words {

	static final String FOLDED = "~";

	static final String CONCEPT = "#";


	private final Analyzers chains;

	private final CrossLanguage crossLanguage;

	private final ConceptMatcher concepts;

	/** The plain folded chain, without the search's stop words: question words are cues here. */
	private final Analyzer folded = Analysis.folded();

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	/** Per language, the terms its texts have: what a question's words are looked up in for a page in it. */
	private final Map<String, Set<String>> byLanguage = new HashMap<>();

	private final int documents;

	Words(Content content) {
		this.chains = Analyzers.of(content);
		this.crossLanguage = CrossLanguage.of(content, chains);
		this.concepts = new ConceptMatcher(content.thesaurus(), chains);
		int texts = 0;
		for (Entry entry : content.entries().values()) {
			for (Map.Entry<String, Text> text : entry.texts().entrySet()) {
				String lang = text.getKey().replace(Entry.EASY_SUFFIX, "");
				Set<String> terms = terms(lang, text.getValue().title() + "\n" + text.getValue().body());
				terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
				byLanguage.computeIfAbsent(lang, l -> new java.util.HashSet<>()).addAll(terms);
				texts++;
			}
		}
		this.documents = texts;
	}

	/** The text's terms: stems of its language's chain, folded words and the concepts it names. */
	Set<String> terms(String lang, String text) {
		Set<String> terms = words(lang, text);
		concepts.inText(lang, text).forEach(c -> terms.add(CONCEPT + c));
		return terms;
	}

	/**
	 * A question's terms for a page in {@code lang}: its stems and folded words, and where some of its words are
	 * unknown ({@code known}: to the texts in the page's language and the page read; a question in another language,
	 * or a word no text uses:
	 * "Deutschkurs", "schlägt"), the concepts it names in any language, which bridge to the content's own words. A
	 * question whose words the texts already have is read by them alone: concepts then only blur which sentence
	 * answers (measured on OMoS-QA train).
	 */
	Set<String> question(String lang, String question, java.util.function.Predicate<String> known) {
		Set<String> terms = words(lang, question);
		if (terms.stream().anyMatch(t -> !t.startsWith(FOLDED) && !known.test(t))) {
			concepts.inText(lang, question).forEach(c -> terms.add(CONCEPT + c));
			concepts.inAnyLanguage(question).forEach(c -> terms.add(CONCEPT + c));
		}
		return terms;
	}

	private Set<String> words(String lang, String text) {
		Set<String> terms = new LinkedHashSet<>();
		Analyzer chain = chains.byLanguage().get(lang);
		if (chain != null) {
			terms.addAll(Tokens.of(chain, text));
		}
		for (String word : Tokens.of(folded, text)) {
			terms.add(FOLDED + word);
		}
		return terms;
	}

	/**
	 * A question's words translated into the page's language (its chain's stems), from every language translated:
	 * per word of the question, its translations, which are alternatives. Only words the content has, as a
	 * translation the content lacks can only dilute the question's weight.
	 */
	List<Set<String>> translated(String question, String pageLang) {
		List<Set<String>> words = new java.util.ArrayList<>();
		for (String source : crossLanguage.sources()) {
			if (source.equals(pageLang)) {
				continue;
			}
			for (String word : Tokens.primary(chains.byLanguage().get(source), question)) {
				Set<String> alternatives = new LinkedHashSet<>();
				crossLanguage.translate(source, word).getOrDefault(pageLang, List.of()).stream()
					.filter(documentFrequency::containsKey).forEach(alternatives::add);
				if (!alternatives.isEmpty()) {
					words.add(alternatives);
				}
			}
		}
		return words;
	}

	/** The folded words of a text, in order: what cues are looked up in. */
	List<String> folded(String text) {
		return Tokens.primary(folded, text);
	}

	Analyzer foldedChain() {
		return folded;
	}

	/** Whether a text of the content in this language has this term. */
	boolean knownIn(String lang, String term) {
		return byLanguage.getOrDefault(lang, Set.of()).contains(term);
	}

	/** Whether any text of the content has this term. */
	boolean known(String term) {
		return documentFrequency.containsKey(term);
	}

	/** How much finding this term in a sentence says: rare terms of the content say most. */
	double weight(String term) {
		int df = documentFrequency.getOrDefault(term, 0);
		return Math.log((documents + 1.0) / (df + 0.5));
	}

}
