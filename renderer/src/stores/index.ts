export { useAppointmentsStore, type AgendaMode } from './appointmentsStore';
export { useCaseFileStore } from './caseFileStore';
export { useCasesStore, type CaseListFilters, type CaseView } from './casesStore';
export { useLocaleStore } from './localeStore';
export { useNavigationStore, routes, type NavigationTarget, type Route } from './navigationStore';
export { useOrganisationsStore, type OrganisationView } from './organisationsStore';
export { useToastStore, type Toast } from './toastStore';
export { registeredStores, resetAllStores } from './registry';
