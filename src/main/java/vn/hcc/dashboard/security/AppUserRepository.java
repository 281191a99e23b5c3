package vn.hcc.dashboard.security;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("""
            select u from AppUser u
            where :filter = '' or lower(u.username) like concat('%', :filter, '%')
                  or lower(u.fullName) like concat('%', :filter, '%')
            """)
    Page<AppUser> search(@Param("filter") String filter, Pageable pageable);

    @Query("select distinct u from AppUser u join u.roles r where r in :roles and u.enabled = true order by u.fullName")
    java.util.List<AppUser> findEnabledWithAnyRole(@Param("roles") java.util.Collection<Role> roles);

    @Query("select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(@Param("role") Role role);
}
