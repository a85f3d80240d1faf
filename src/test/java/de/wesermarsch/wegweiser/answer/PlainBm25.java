package de.wesermarsch.wegweiser.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * The baseline the search is measured against: plain BM25 (Lucene's {@link BM25Similarity}, k1 1.2, b 0.75) over
 * one field per entry that holds every text of it (titles and bodies of all its languages), analysed by Lucene's
 * {@link StandardAnalyzer} (no stop words, no stemming); a question is the disjunction of its terms.
 */
final class PlainBm25 {

	private static final String ID = "id";

	private static final String TEXT = "text";

	private final Analyzer analyzer = new StandardAnalyzer();

	private final IndexSearcher searcher;

	PlainBm25(Content content) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (Entry entry : content.entries().values()) {
				Document doc = new Document();
				doc.add(new StringField(ID, entry.id(), Field.Store.YES));
				entry.texts().values().forEach(t -> doc.add(new TextField(TEXT, t.title() + "\n" + t.body(), Field.Store.NO)));
				writer.addDocument(doc);
			}
			writer.commit();
			searcher = new IndexSearcher(DirectoryReader.open(directory));
			searcher.setSimilarity(new BM25Similarity());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The ids of the best entries for a question, best first. */
	List<String> rank(String question, int max) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String term : new LinkedHashSet<>(Tokens.of(analyzer, question))) {
			any.add(new TermQuery(new Term(TEXT, term)), Occur.SHOULD);
		}
		try {
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(any.build(), max).scoreDocs) {
				ids.add(searcher.storedFields().document(hit.doc).get(ID));
			}
			return ids;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
