import { Select, type ComboboxItem, type SelectProps } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localTimeZone } from '@shared/sending/timeZone'
import { filterZones, typedOffset, zoneOptions } from './zones'

type PickerProps = Omit<
  SelectProps,
  'value' | 'onChange' | 'data' | 'searchable' | 'filter' | 'searchValue' | 'onSearchChange'
> & {
  value: string
  onChange: (zone: string) => void
  /** The moment the offsets are shown for (a schedule's date, across a daylight-saving change). */
  at?: number
}

/**
 * A searchable list of every time zone, the computer's first, each with its offset; an offset
 * typed as `UTC+3` or `+05:30` is a zone of its own.
 */
export function TimeZonePicker({ value, onChange, at, label, description, ...rest }: PickerProps) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [openedAt] = useState(() => Date.now())
  const moment = at ?? openedAt
  // Offsets are shown to the minute: the list need not follow the clock while it is open.
  const hour = Math.floor(moment / 3_600_000)
  const options = useMemo(
    () => zoneOptions(hour * 3_600_000, localTimeZone(), value, t('policy.zone.thisComputer')),
    [hour, value, t],
  )
  const typed = typedOffset(options, search)
  const data = typed ? [typed, ...options] : options

  return (
    <Select
      label={label ?? t('policy.zone.label')}
      description={description === undefined ? t('policy.zone.hint') : description}
      searchable
      allowDeselect={false}
      value={value}
      data={data}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: shown, search: text }) => filterZones(shown as ComboboxItem[], text)}
      onChange={(zone) => zone && onChange(zone)}
      nothingFoundMessage={t('policy.zone.nothingFound')}
      maxDropdownHeight={280}
      {...rest}
    />
  )
}
