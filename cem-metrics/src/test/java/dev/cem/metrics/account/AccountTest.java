package dev.cem.metrics.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Channel;
import dev.cem.core.CustomerId;
import dev.cem.core.Department;
import dev.cem.core.Initiator;
import dev.cem.core.Interaction;
import dev.cem.core.Outcome;
import dev.cem.core.ServicePhase;
import dev.cem.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {
  private static final CustomerId ALICE = CustomerId.of("alice");
  private static final CustomerId BOB = CustomerId.of("bob");
  private static final CustomerId CAROL = CustomerId.of("carol");
  private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
  private static final Touchpoint VISIT =
      Touchpoint.of("visit", "Account visit", Channel.FIELD_SERVICE, ServicePhase.TRANSACTION, Department.SALES);

  // ---- who has what -----------------------------------------------------------------------------

  private static ProductHoldings holdings() {
    return ProductHoldings.of(
        List.of(
            Holding.of(ALICE, "broadband"),
            Holding.of(ALICE, "tv"),
            Holding.of(ALICE, "broadband"),
            Holding.of(BOB, "broadband")),
        List.of(CAROL));
  }

  @Test
  void productHoldings_handWorked_perCustomerAndPenetration() {
    ProductHoldings h = holdings();
    assertThat(h.productsOf(ALICE)).containsExactly("broadband", "tv");
    assertThat(h.productsOf(CAROL)).isEmpty();
    assertThat(h.customers()).containsExactly(ALICE, BOB, CAROL);
    assertThat(h.products()).containsExactly("broadband", "tv");
    // (2 + 1 + 0) / 3, the duplicate counted once
    assertThat(h.productsPerCustomer().mean()).isCloseTo((2 + 1 + 0) / 3.0, within(1e-12));
    assertThat(h.penetration("broadband").successes()).isEqualTo(2);
    assertThat(h.penetration("broadband").trials()).isEqualTo(3);
    assertThat(h.penetration().get("tv").estimate().value()).isCloseTo(100.0 / 3, within(1e-12));
  }

  @Test
  void productHoldings_empty_emptyEstimates() {
    ProductHoldings h = ProductHoldings.of(List.of());
    assertThat(h.productsPerCustomer().isEmpty()).isTrue();
    assertThat(h.penetration("tv").isEmpty()).isTrue();
  }

  // ---- share of wallet --------------------------------------------------------------------------

  @Test
  void shareOfWallet_handWorked_pooledNotAveraged() {
    ShareOfWallet wallet =
        ShareOfWallet.of(
            List.of(
                WalletEntry.of(ALICE, 30, 100),
                WalletEntry.of(BOB, 50, 50),
                WalletEntry.of(CAROL, 0, 200)));
    // pooled (30 + 50 + 0) / (100 + 50 + 200), not the mean of 30%, 100%, 0%
    assertThat(wallet.pooledSharePercent()).isCloseTo(100.0 * 80 / 350, within(1e-12));
    assertThat(wallet.accountShare().mean()).isCloseTo((30 + 100 + 0) / 3.0, within(1e-12));
    assertThat(wallet.totalPotential()).isEqualTo(70 + 0 + 200);
    // by potential: carol 200, alice 70, bob 0
    assertThat(wallet.accounts()).extracting(WalletEntry::account).containsExactly(CAROL, ALICE, BOB);
    assertThat(wallet.accounts().get(1).sharePercent()).isEqualTo(30);
  }

  @Test
  void shareOfWallet_empty_nanAndEmpty() {
    ShareOfWallet wallet = ShareOfWallet.of(List.of());
    assertThat(wallet.pooledSharePercent()).isNaN();
    assertThat(wallet.accountShare().estimate().isEmpty()).isTrue();
  }

  @Test
  void shareOfWallet_duplicateAccount_rejected() {
    assertThatThrownBy(() -> ShareOfWallet.of(List.of(WalletEntry.of(ALICE, 1, 2), WalletEntry.of(ALICE, 1, 3))))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("account alice appears more than once");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, -1, Double.POSITIVE_INFINITY})
  void walletEntry_badRevenue_rejected(double revenue) {
    assertThatThrownBy(() -> WalletEntry.of(ALICE, revenue, 100))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("revenue of alice");
  }

  @Test
  void walletEntry_revenueAboveSpend_rejected() {
    assertThatThrownBy(() -> WalletEntry.of(ALICE, 120, 100))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("revenue of alice (120.0) must be <= its estimated total spend (100.0), which includes it");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -5, Double.NaN})
  void walletEntry_badSpend_rejected(double spend) {
    assertThatThrownBy(() -> WalletEntry.of(ALICE, 0, spend))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("estimated total spend of alice");
  }

  // ---- contact strategy -------------------------------------------------------------------------

  private static Interaction contact(String id, CustomerId account, long days) {
    return Interaction.of(id, account, VISIT, T0.plus(Duration.ofDays(days)), Outcome.RESOLVED);
  }

  private static final List<Interaction> CONTACTS =
      List.of(
          contact("a0", ALICE, -1), // before the period
          contact("a1", ALICE, 3),
          contact("a2", ALICE, 20).withInitiator(Initiator.COMPANY),
          contact("b1", BOB, 0), // on the first instant: counted
          contact("b2", BOB, 30), // on the end instant: not counted
          contact("c1", CAROL, 5)); // no plan

  private static final List<ContactPlan> PLANS = List.of(ContactPlan.of(ALICE, 2), ContactPlan.of(BOB, 3));

  @Test
  void measure_handWorked_complianceAndAttainment() {
    ContactStrategy s = ContactStrategy.measure(PLANS, CONTACTS, T0, T0.plus(Duration.ofDays(30)));
    assertThat(s.accounts()).extracting(AccountCompliance::actualContacts).containsExactly(2L, 1L);
    assertThat(s.accounts()).extracting(AccountCompliance::isCompliant).containsExactly(true, false);
    assertThat(s.compliance().successes()).isEqualTo(1);
    assertThat(s.compliance().trials()).isEqualTo(2);
    // (100 * 2/2 + 100 * 1/3) / 2
    assertThat(s.attainment().mean()).isCloseTo((100 + 100.0 / 3) / 2, within(1e-12));
    assertThat(s.unplannedAccounts()).isEqualTo(1);
  }

  @Test
  void measure_companyInitiatedOnly_countsOutbound() {
    ContactStrategy s =
        ContactStrategy.measure(
            PLANS, CONTACTS, T0, T0.plus(Duration.ofDays(30)), i -> i.initiator() == Initiator.COMPANY);
    assertThat(s.accounts()).extracting(AccountCompliance::actualContacts).containsExactly(1L, 0L);
    assertThat(s.compliance().successes()).isZero();
    assertThat(s.unplannedAccounts()).isZero();
  }

  @Test
  void measure_noPlans_emptyNotZero() {
    ContactStrategy s = ContactStrategy.measure(List.of(), CONTACTS, T0, T0.plus(Duration.ofDays(30)));
    assertThat(s.compliance().isEmpty()).isTrue();
    assertThat(s.attainment().isEmpty()).isTrue();
  }

  @Test
  void measure_twoPlansForOneAccount_rejected() {
    assertThatThrownBy(
            () ->
                ContactStrategy.measure(
                    List.of(ContactPlan.of(ALICE, 1), ContactPlan.of(ALICE, 2)), CONTACTS, T0, T0.plusSeconds(1)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("account alice has more than one plan");
  }

  @Test
  void measure_emptyPeriod_rejected() {
    assertThatThrownBy(() -> ContactStrategy.measure(PLANS, CONTACTS, T0, T0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("must be before its end");
  }

  @Test
  void contactPlan_zero_rejected() {
    assertThatThrownBy(() -> ContactPlan.of(ALICE, 0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("planned contacts of alice (0) must be >= 1");
  }

  // ---- breadth ----------------------------------------------------------------------------------

  @Test
  void contactBreadth_handWorked_distinctPersonsAndRoles() {
    CustomerId acme = CustomerId.of("acme");
    CustomerId beta = CustomerId.of("beta");
    ContactBreadth b =
        ContactBreadth.of(
            List.of(
                AccountContact.of(acme, "p1", "buyer"),
                AccountContact.of(acme, "p2", "it-manager"),
                AccountContact.of(acme, "p1", "finance"),
                AccountContact.of(beta, "p9", "buyer")));
    assertThat(b.accounts()).extracting(AccountBreadth::account).containsExactly(acme, beta);
    assertThat(b.accounts().get(0).persons()).containsExactly("p1", "p2");
    assertThat(b.accounts().get(0).roles()).containsExactly("buyer", "finance", "it-manager");
    // persons (2 + 1) / 2, roles (3 + 1) / 2, beta single-threaded
    assertThat(b.personsPerAccount().mean()).isEqualTo(1.5);
    assertThat(b.rolesPerAccount().mean()).isEqualTo(2);
    assertThat(b.singleThreaded().successes()).isEqualTo(1);
    assertThat(b.singleThreaded().trials()).isEqualTo(2);
  }

  @Test
  void contactBreadth_empty_emptyEstimates() {
    ContactBreadth b = ContactBreadth.of(List.of());
    assertThat(b.personsPerAccount().estimate().isEmpty()).isTrue();
    assertThat(b.singleThreaded().isEmpty()).isTrue();
  }
}
