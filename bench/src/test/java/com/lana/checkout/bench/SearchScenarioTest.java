package com.lana.checkout.bench;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Product;
import com.lana.checkout.server.catalog.PriceList;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The search mix is made of what clerks type, and its check accepts the server's answers and nothing else. */
class SearchScenarioTest {

    private static final Catalog CATALOG = CatalogGenerator.generate(5_000);
    private static final List<SearchScenario.Query> QUERIES = SearchScenario.queriesOf(CATALOG, 40, 1);
    private final SearchScenario scenario = new SearchScenario("find-products", Connector.plain("localhost", 1), QUERIES);

    @Test
    void theMixHasAsManyQueriesOfEachKind() {
        for (SearchScenario.Kind kind : SearchScenario.Kind.values()) {
            assertThat(QUERIES.stream().filter(q -> q.kind() == kind)).as(kind.name()).hasSize(40);
        }
        assertThat(QUERIES).filteredOn(q -> q.kind() == SearchScenario.Kind.ACCENT_FOLDED)
                .allMatch(q -> q.text().chars().allMatch(c -> c < 128));
    }

    @Test
    void everyAnswerOfTheServersSearchPassesTheCheck() {
        PriceList prices = PriceList.of(CATALOG);

        for (SearchScenario.Query query : QUERIES) {
            assertThatNoException().as(query.toString())
                    .isThrownBy(() -> scenario.check(query, prices.search(query.text(), 50)));
        }
    }

    @Test
    void anAnswerWithAProductThatDoesNotMatchFailsTheCheck() {
        SearchScenario.Query query = new SearchScenario.Query(SearchScenario.Kind.ACCENT_FOLDED, "creme");
        Product creme = CATALOG.products().stream().filter(p -> p.name().contains("Crème")).findFirst().orElseThrow();
        Product other = CATALOG.products().stream().filter(p -> !SearchScenario.fold(p.name()).contains("creme"))
                .filter(p -> !p.code().startsWith("CREME")).findFirst().orElseThrow();

        assertThatNoException().isThrownBy(() -> scenario.check(query, List.of(creme)));
        assertThatExceptionOfType(VerificationException.class).isThrownBy(() -> scenario.check(query, List.of(creme, other)))
                .withMessageContaining("does not match");
        assertThatExceptionOfType(VerificationException.class).isThrownBy(() -> scenario.check(query, List.of()))
                .withMessageContaining("nothing found");
    }

    @Test
    void aBarcodesProductMustComeFirst() {
        Product wanted = CATALOG.products().get(100);
        SearchScenario.Query query = new SearchScenario.Query(SearchScenario.Kind.BARCODE, wanted.barcodes().get(0));

        assertThatExceptionOfType(VerificationException.class)
                .isThrownBy(() -> scenario.check(query, List.of(CATALOG.products().get(101), wanted)))
                .withMessageContaining("first");
    }
}
