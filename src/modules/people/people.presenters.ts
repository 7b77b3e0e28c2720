/** The shapes of a person that leave the server. Database rows never do. */
import type { PersonRow } from './people.repo.ts';

export function presentPerson(p: PersonRow, showPrivate: boolean) {
  const card = {
    id: p.id,
    employeeNumber: p.employee_number,
    firstName: p.first_name,
    lastName: p.last_name,
    workEmail: p.work_email,
    language: p.language,
    department: p.department,
    jobTitle: p.job_title,
    site: p.site_id ? { id: p.site_id, name: p.site_name!, region: p.site_region, country: p.site_country! } : null,
    manager: p.manager_id
      ? { id: p.manager_id, firstName: p.manager_first_name!, lastName: p.manager_last_name!, employeeNumber: p.manager_employee_number! }
      : null,
    startDate: p.start_date,
  };
  if (!showPrivate) return card;
  // Added to the card made above, not spread into a copy (src/platform/objects.ts says why).
  return Object.assign(card, {
    personalEmail: p.personal_email,
    endDate: p.end_date,
    birthday: p.birth_day ? { day: p.birth_day, month: p.birth_month!, year: p.birth_year } : null,
    sensitive: p.sensitive,
  });
}

export type PersonOut = ReturnType<typeof presentPerson>;
