package vn.hcc.dashboard.intake;

import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tests' one way to write dossiers past {@link DossierService} (seed rows of any day, without the rules' clock
 * or a permission): the repository write and the tally's share in one transaction, as the service does, so that
 * the figures see every dossier a test writes.
 */
final class TalliedWrites {

    private TalliedWrites() {
    }

    static void save(ApplicationContext ctx, Collection<DossierData> data) {
        DossierRepository repository = ctx.getBean(DossierRepository.class);
        DossierChanges tally = ctx.getBean(DossierChanges.class);
        new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            repository.saveAll(data.stream().map(Dossier::new).toList());
            data.forEach(d -> tally.changed(null, d));
        });
    }

    static void delete(ApplicationContext ctx, List<String> codes) {
        DossierRepository repository = ctx.getBean(DossierRepository.class);
        DossierChanges tally = ctx.getBean(DossierChanges.class);
        new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            List<Dossier> gone = repository.findByCodeIn(codes);
            repository.deleteAll(gone);
            gone.forEach(d -> tally.changed(d.data(), null));
        });
    }
}
