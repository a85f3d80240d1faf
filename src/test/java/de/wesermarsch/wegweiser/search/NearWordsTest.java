package de.wesermarsch.wegweiser.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class NearWordsTest {

	@Test
	void oneEditIsPreferredAndFrequentWordsComeFirst() throws IOException {
		NearWords words = words("hebamme hebamme hebammen", "hebamme sprachkurse kitas", "sprachkurs kitas kitab");
		// a missing letter is one edit; "hebammen", two edits away, is left out
		assertThat(words.nearest("hebame", 3)).containsExactly("hebamme");
		assertThat(words.nearest("sprahkurs", 3)).containsExactly("sprachkurs");
		// equally near: the word of more entries first
		assertThat(words.nearest("kita", 3)).containsExactly("kitas", "kitab");
		// two edits away only when nothing is one edit away
		assertThat(words.nearest("sprahkurse", 3)).containsExactly("sprachkurse");
		assertThat(words.nearest("hebanmen", 3)).containsExactly("hebammen");
	}

	@Test
	void swappedLettersAreOneEditAndTheFirstLetterIsKept() throws IOException {
		NearWords words = words("termin", "beratung");
		assertThat(words.nearest("temrin", 3)).containsExactly("termin");
		assertThat(words.nearest("geratung", 3)).isEmpty();
		assertThat(words.nearest("ter", 3)).as("too short to correct").isEmpty();
		assertThat(words.nearest("txxxxn", 3)).as("too far").isEmpty();
	}

	@Test
	void distanceIsBoundedOptimalStringAlignment() {
		assertThat(NearWords.distance(cp("termin"), cp("termin"), 2)).isZero();
		assertThat(NearWords.distance(cp("termin"), cp("tremin"), 2)).isEqualTo(1);
		assertThat(NearWords.distance(cp("kurs"), cp("kurse"), 2)).isEqualTo(1);
		assertThat(NearWords.distance(cp("kita"), cp("kitas"), 0)).isEqualTo(1);
		assertThat(NearWords.distance(cp("arbeit"), cp("xxxxxx"), 2)).isEqualTo(3);
		assertThat(NearWords.distance(cp("لغة"), cp("لغه"), 2)).isEqualTo(1);
	}

	private static int[] cp(String word) {
		return word.codePoints().toArray();
	}

	private static NearWords words(String... texts) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (String text : texts) {
				Document doc = new Document();
				doc.add(new TextField("fold", text, Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		return new NearWords(DirectoryReader.open(directory), "fold");
	}

}
