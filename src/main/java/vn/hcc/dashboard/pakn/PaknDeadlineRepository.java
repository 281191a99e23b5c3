package vn.hcc.dashboard.pakn;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaknDeadlineRepository extends JpaRepository<PaknDeadline, PaknCategory> {
}
