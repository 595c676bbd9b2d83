import { Suspense, type ComponentProps } from 'react';
import type { Indicator } from '../../data/contract';
import type { SexView } from '../../data/contract/api';
import type { ClassificationMethod } from '../lib/classification';
import { SexSelector } from '../lib/SexSelector';
import { useI18n } from '../i18n/use-i18n';
import { ClassificationPicker } from './ClassificationPicker';
import { ChoiceAwarePicker } from './IndicatorChoice';
import { YearSlider } from './YearSlider';

type PickerProps = ComponentProps<typeof ChoiceAwarePicker>;
type SliderProps = ComponentProps<typeof YearSlider>;

interface Props {
  atlas: Indicator[];
  indicator: Indicator;
  year: number;
  sex: SexView;
  classification: ClassificationMethod;
  pending: PickerProps['pending'];
  onChoose: (id: string) => void;
  onPreview: PickerProps['onPreview'];
  onYear: SliderProps['onChange'];
  onPrepareYears: SliderProps['onPrepare'];
  onSex: (sex: SexView) => void;
  onClassification: (method: ClassificationMethod) => void;
}

/** The planner's side panel in indicator mode: which indicator, which year, which sex view, which classes. */
export function IndicatorSideControls(props: Props) {
  const { t } = useI18n();
  const { indicator, sex } = props;
  return (
    <>
      <Suspense fallback={<p className="hint">{t('loading')}</p>}>
        <ChoiceAwarePicker
          pending={props.pending}
          atlas={props.atlas}
          value={indicator}
          onChange={props.onChoose}
          onPreview={props.onPreview}
        />
      </Suspense>
      <YearSlider
        years={indicator.years}
        value={props.year}
        onChange={props.onYear}
        onPrepare={props.onPrepareYears}
      />
      <SexSelector value={sex} available={indicator.bySex ?? false} onChange={props.onSex} />
      <ClassificationPicker
        value={props.classification}
        disabled={indicator.unit === 'category' || sex === 'gap'}
        onChange={props.onClassification}
      />
    </>
  );
}
