import './tokens.css';
import './base.css';
import './components.css';

export { Alert, type AlertProps } from './Alert';
export { Badge, type BadgeProps } from './Badge';
export { Button, type ButtonProps } from './Button';
export { Card, type CardProps } from './Card';
export { DetailList, type DetailItem } from './DetailList';
export { Dialog, type DialogProps } from './Dialog';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export {
  Field,
  PasswordField,
  TextAreaField,
  type FieldProps,
  type TextAreaFieldProps,
} from './Field';
export { FormSection, type FormSectionProps } from './FormSection';
export { Icon, type IconName } from './Icon';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './RadioGroup';
export { Table, type TableColumn, type TableProps } from './Table';
export { Tooltip, type TooltipProps } from './Tooltip';
export { CheckboxGroup, type CheckboxGroupProps, type CheckboxOption } from './CheckboxGroup';
export { SelectField, type SelectFieldProps } from './SelectField';
