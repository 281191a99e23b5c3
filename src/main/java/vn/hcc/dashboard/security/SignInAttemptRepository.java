package vn.hcc.dashboard.security;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInAttemptRepository extends JpaRepository<SignInAttempt, Long> {

    /** The failures of one account at or after {@code since}, newest first. */
    @Query("select a.at from SignInAttempt a where a.username = :username and a.outcome = :outcome"
            + " and a.at > :since order by a.at desc")
    List<LocalDateTime> timesByUser(@Param("username") String username,
            @Param("outcome") SignInAttempt.Outcome outcome, @Param("since") LocalDateTime since);

    @Query("select a.at from SignInAttempt a where a.remoteIp = :ip and a.outcome = :outcome"
            + " and a.at > :since order by a.at desc")
    List<LocalDateTime> timesByIp(@Param("ip") String ip, @Param("outcome") SignInAttempt.Outcome outcome,
            @Param("since") LocalDateTime since);

    /** When the account last signed in or was unlocked: failures before that no longer count. */
    @Query("select max(a.at) from SignInAttempt a where a.username = :username and a.outcome in :outcomes")
    Optional<LocalDateTime> lastOf(@Param("username") String username,
            @Param("outcomes") Collection<SignInAttempt.Outcome> outcomes);

    /** The accounts with a failure at or after {@code since}: the candidates for a lock. */
    @Query("select distinct a.username from SignInAttempt a where a.outcome = :outcome and a.at >= :since")
    List<String> usernamesSince(@Param("outcome") SignInAttempt.Outcome outcome,
            @Param("since") LocalDateTime since);

    @Query("select a from SignInAttempt a where lower(a.username) like concat('%', :filter, '%')"
            + " or a.remoteIp like concat('%', :filter, '%')")
    Page<SignInAttempt> search(@Param("filter") String filter, Pageable pageable);
}
