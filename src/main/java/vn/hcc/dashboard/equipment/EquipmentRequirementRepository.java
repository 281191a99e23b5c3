package vn.hcc.dashboard.equipment;

import org.springframework.data.jpa.repository.JpaRepository;

interface EquipmentRequirementRepository extends JpaRepository<EquipmentRequirement, EquipmentType> {
}
