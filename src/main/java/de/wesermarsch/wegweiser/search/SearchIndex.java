package de.wesermarsch.wegweiser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.memory.DirectPostingsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;

/**
 * The Lucene index of one content snapshot, built in memory at start (the content is small: hundreds of entries).
 * One document per entry. Fields:
 * <ul>
 * <li>{@code title_<lang>}, {@code text_<lang>}: the texts of one language (easy variant included) and the names
 * of the entry's topics in it, analysed with that language's chain, so stems and compounds match within a
 * language and an entry filed under "Schutz vor Gewalt" is found for "Gewalt" even if its text avoids the
 * word;</li>
 * <li>{@code fold_title}, {@code fold}: all texts of all languages, only folded (no stemming), so a query in a
 * language the entry was not written in, or with a missing accent, still meets it; also the vocabulary of "did
 * you mean" and of fuzzy matching;</li>
 * <li>{@code concept}: thesaurus concepts found in any text, for cross-language matching; {@code concept_title}:
 * those found in a title, where they say what the entry is about;</li>
 * <li>{@code type}, {@code topic}, {@code place}, {@code lang}: exact values for filters and preference; an entry
 * for the whole county is indexed under every place.</li>
 * </ul>
 */
public final class SearchIndex {

	static final String ID = "id";

	static final String TYPE = "type";

	static final String TOPIC = "topic";

	static final String PLACE = "place";

	static final String LANG = "lang";

	static final String CONCEPT = "concept";

	static final String CONCEPT_TITLE = "concept_title";

	static final String FOLD = "fold";

	static final String FOLD_TITLE = "fold_title";

	/**
	 * Offers, the places a newcomer can turn to, weigh this many times as much as networks, pages and measures
	 * with the same match.
	 */
	static final float HELP_PRIOR = 2f;

	/**
	 * Postings held as plain arrays on the heap: the index is small, and a search opens the postings of about forty
	 * terms, which then costs no decoding.
	 */
	private static final Codec IN_MEMORY = new Lucene104Codec() {
		private final PostingsFormat direct = new DirectPostingsFormat();

		@Override
		public PostingsFormat getPostingsFormatForField(String field) {
			return direct;
		}
	};

	private final Content content;

	private final Analyzers analyzers;

	private final ConceptMatcher concepts;

	private final StopWords stopWords;

	private final CrossLanguage crossLanguage;

	private final IndexSearcher searcher;

	/** The entry of each document. */
	private final Entry[] entryOfDoc;

	/**
	 * What a document's score is multiplied by: {@link #HELP_PRIOR} for offers and guide pages (what a newcomer can
	 * act on: a place to go, first steps with whom to call), 1 for the rest.
	 */
	private final float[] priorOfDoc;

	/**
	 * Per language, what being written in it adds to each document's score: the score of the language's term in
	 * the {@code lang} field, weighted {@value #IN_READERS_LANGUAGE}, so an entry in the reader's language comes
	 * first among equal matches.
	 */
	private final Map<String, float[]> languageBonus = new HashMap<>();

	static final float IN_READERS_LANGUAGE = 0.5f;

	private final FacetCounter facets;

	private final Vocabulary vocabulary;

	private final IndexTerms terms;

	public SearchIndex(Content content) {
		this.content = content;
		this.analyzers = Analyzers.of(content);
		this.concepts = new ConceptMatcher(content.thesaurus(), analyzers);
		this.stopWords = new StopWords(content, analyzers);
		this.crossLanguage = CrossLanguage.of(content, analyzers, Lexicon.installed());
		this.vocabulary = new Vocabulary(analyzers.neutral());
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField()).setCodec(IN_MEMORY))) {
			EntryDocuments documents = new EntryDocuments(content, analyzers.codes(), concepts, vocabulary);
			for (Entry entry : content.entries().values()) {
				writer.addDocument(documents.of(entry));
			}
			writer.forceMerge(1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		try {
			DirectoryReader reader = DirectoryReader.open(directory);
			this.searcher = new IndexSearcher(reader);
			// Lucene's shared cache of filter matches would outlive the snapshot and gain nothing on a few hundred
			// entries
			searcher.setQueryCache(null);
			this.terms = new IndexTerms(searcher);
			this.entryOfDoc = new Entry[reader.maxDoc()];
			this.priorOfDoc = new float[reader.maxDoc()];
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				entryOfDoc[doc] = content.entries().get(reader.storedFields().document(doc).get(ID));
				priorOfDoc[doc] = entryOfDoc[doc].type() == EntryType.OFFER || entryOfDoc[doc].type() == EntryType.GUIDE ? HELP_PRIOR : 1f;
			}
			this.facets = new FacetCounter(content, entryOfDoc);
			for (String lang : analyzers.codes()) {
				languageBonus.put(lang, scores(new BoostQuery(new TermQuery(new Term(LANG, lang)), IN_READERS_LANGUAGE)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each document's score for a query, 0 where it does not match. */
	private float[] scores(Query query) {
		float[] scores = new float[searcher.getIndexReader().maxDoc()];
		visit(query, ScoreMode.COMPLETE, (doc, score) -> scores[doc] = score);
		return scores;
	}

	/** What is done with each document a query matches: its number in the index and its score. */
	interface Match {

		void add(int doc, float score);

	}

	/** Hands every document the query matches to {@code match}, with its score if the mode needs scores. */
	void visit(Query query, ScoreMode mode, Match match) {
		try {
			Weight weight = searcher.createWeight(searcher.rewrite(query), mode, 1f);
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Scorer scorer = weight.scorer(leaf);
				if (scorer == null) {
					continue;
				}
				DocIdSetIterator docs = scorer.iterator();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					match.add(leaf.docBase + doc, mode.needsScores() ? scorer.score() : 0);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Analyzer perField() {
		Map<String, Analyzer> fields = new HashMap<>();
		analyzers.byLanguage().forEach((lang, analyzer) -> {
			fields.put("title_" + lang, analyzer);
			fields.put("text_" + lang, analyzer);
		});
		return new PerFieldAnalyzerWrapper(analyzers.neutral(), fields);
	}

	/** The number of documents: every entry of the snapshot. */
	int size() {
		return entryOfDoc.length;
	}

	Entry entry(int doc) {
		return entryOfDoc[doc];
	}

	/** A document's final score from its score for the query's text, for a reader of this language. */
	float score(float text, int doc, String readersLanguage) {
		float[] bonus = languageBonus.get(readersLanguage);
		return (text + (bonus == null ? 0 : bonus[doc])) * priorOfDoc[doc];
	}

	FacetCounter facets() {
		return facets;
	}

	// What the parts of a search are built from, once per snapshot (SearchService wires them).

	Content content() {
		return content;
	}

	Analyzers analyzers() {
		return analyzers;
	}

	ConceptMatcher concepts() {
		return concepts;
	}

	CrossLanguage crossLanguage() {
		return crossLanguage;
	}

	StopWords stopWords() {
		return stopWords;
	}

	IndexTerms terms() {
		return terms;
	}

	Vocabulary vocabulary() {
		return vocabulary;
	}

	IndexReader reader() {
		return searcher.getIndexReader();
	}

}
